/**
 * Security events: each goes to the {@code sesame.audit} log category (its own file on the server) and
 * to the {@code audit_event} table, with time, account (or a hash of an unknown identifier), client
 * address, node and outcome, and never a secret.
 */
package fr.ent.sesame.audit;
