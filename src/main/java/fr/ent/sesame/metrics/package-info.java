/**
 * Sésame's metrics for Prometheus, through WildFly's Micrometer subsystem ({@code /prometheus} on the
 * management port, added by {@code wildfly-config/configure.cli}). The features know nothing of Micrometer:
 * they fire CDI events (a security event recorded, a hashing slot asked for, members imported) and this
 * package counts them; the outbox's backlog is read from the database, so it is the cluster's, not a node's.
 * The metrics are listed in docs/deploying.md, "Metrics"; docs/grafana-dashboard.json shows them.
 */
package fr.ent.sesame.metrics;
