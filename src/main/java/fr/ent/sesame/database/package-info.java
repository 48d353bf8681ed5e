/**
 * The schema, as versioned SQL migrations applied by Flyway when the application starts
 * ({@code db/migration}); the demo accounts are a separate location applied only when the demo is on.
 */
package fr.ent.sesame.database;
