package io.hichat.functions.http;

import java.util.function.Function;

/**
 * A REST endpoint as a function bean. The bean's name is the route catalogue's function name; the
 * entry code decodes the request into the route's request type, so an endpoint only authorizes,
 * calls its domain service and maps the result.
 *
 * @param <I> the route's request record
 * @param <O> the envelope's {@code data}
 */
public interface Endpoint<I, O> extends Function<Call<I>, O> {}
