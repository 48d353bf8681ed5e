/**
 * The import of new members from the university's student and staff systems: the Jakarta Batch job
 * {@code sesame-import} reads a CSV file in chunks and creates or updates accounts' directory data, never a
 * secret. An admin starts and watches it from the WildFly console (Runtime › Batch) or the CLI.
 */
package fr.ent.sesame.memberimport;
