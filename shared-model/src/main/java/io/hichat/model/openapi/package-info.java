/**
 * The OpenAPI 3.1 document of the REST API, generated from the route catalogue and the wire records
 * by reflection, and written with a small deterministic JSON writer (no Jackson databind here: this
 * module depends on Jackson's annotations only).
 *
 * <p>The build writes it to {@code docs/api/openapi.json}; {@code OpenApiGeneratorTest} fails when
 * the committed file differs from a fresh generation.
 */
package io.hichat.model.openapi;
