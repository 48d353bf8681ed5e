/**
 * The account store: the people Sésame knows, their kind and state, their secrets (as hashes only)
 * and their personal addresses. Today a database; an LDAP implementation can come beside it.
 */
package fr.ent.sesame.directory;
