/**
 * The wire records of groups (SEED-SPEC §1.2 G1–G33): JSON field names are the reference's, ids
 * travel as strings, times as unix milliseconds.
 */
package io.hichat.model.group;
