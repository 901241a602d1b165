/**
 * The bodies that receive and resolve dossiers (đơn vị), their levels and kinds, and how they
 * succeed one another, so that reports before and after the 2025 reform (no district level from
 * 1/7/2025, NQ 202/2025/QH15) are both produced correctly.
 */
@NullMarked
@ValueStyle
package io.github.motcua.unit;

import io.github.motcua.core.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
