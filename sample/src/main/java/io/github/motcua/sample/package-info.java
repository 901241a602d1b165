/**
 * Sample datasets: synthetic dossiers built so that the library's rules reproduce a published
 * report, for demonstrations and golden tests. Every value in them is synthetic and labelled so.
 */
@NullMarked
package io.github.motcua.sample;

import org.jspecify.annotations.NullMarked;
