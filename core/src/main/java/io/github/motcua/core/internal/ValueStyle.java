package io.github.motcua.core.internal;

import io.github.motcua.MissingValueException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every value in motcua-core: generated implementations are
 * package-private and never appear in signatures; {@code build()} returns the abstract type, and
 * throws a {@link MissingValueException} naming the required fields that were not set;
 * collections are the JDK's unmodifiable ones, so the library needs no collection library; no
 * annotation from the processor's jar is written into the classes, so users who compile against
 * them without Immutables see no warning (coverage reports exclude {@code Immutable*} by name).
 *
 * <p>Not part of the API: the package is not exported.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
        jdkOnly = true,
        throwForInvalidImmutableState = MissingValueException.class,
        get = {"is*", "get*"},
        defaults = @Value.Immutable(copy = false),
        allowedClasspathAnnotations = {Override.class})
public @interface ValueStyle {}
