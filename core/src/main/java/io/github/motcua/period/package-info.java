/**
 * Reporting periods (kỳ báo cáo) and their data windows: the official windows from the 15th of one
 * month to the 14th of another, and plain calendar windows.
 */
@NullMarked
package io.github.motcua.period;

import org.jspecify.annotations.NullMarked;
