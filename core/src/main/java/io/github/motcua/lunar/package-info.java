/**
 * The Vietnamese lunar calendar (âm lịch), computed astronomically for UTC+7, from which Tết and
 * the Hùng Kings' Commemoration are dated.
 */
@NullMarked
package io.github.motcua.lunar;

import org.jspecify.annotations.NullMarked;
