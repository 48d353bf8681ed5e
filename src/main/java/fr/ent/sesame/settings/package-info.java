/**
 * The one place that reads settings. Defaults live in {@code META-INF/microprofile-config.properties};
 * the site overrides them in the server's {@code sesame} MicroProfile Config source (console) and, for
 * an urgent change without reload, with a system property. Values are read at use time.
 */
package fr.ent.sesame.settings;
