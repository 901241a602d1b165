/**
 * {@code motcua serve}: the library's rules as an HTTP service (docs/serve.md), on Jetty's core
 * handlers. It parses requests, calls the classes that the commands call ({@code
 * io.github.motcua.cli.job} and the library) and writes their results; it holds no rules of its own.
 */
@NullMarked
package io.github.motcua.cli.serve;

import org.jspecify.annotations.NullMarked;
