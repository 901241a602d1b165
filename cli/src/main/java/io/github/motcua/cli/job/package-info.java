/**
 * What a command of the command line or a request to {@code motcua serve} asks the library for,
 * apart from how it was asked: the master data read from its files, the rule choices, a report, the
 * scores of units, the check of published figures. The commands ({@code io.github.motcua.cli}) and
 * the service ({@code io.github.motcua.cli.serve}) both call these classes, so that a report asked
 * for on the command line and over HTTP is the same report. Not exported: the classes are public
 * for those two packages only.
 */
@NullMarked
package io.github.motcua.cli.job;

import org.jspecify.annotations.NullMarked;
