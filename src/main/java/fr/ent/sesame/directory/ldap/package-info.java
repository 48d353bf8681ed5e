/**
 * The university's LDAP directory (SupAnn, ppolicy) as Sésame's people directory and password store, with
 * the UnboundID LDAP SDK: a fail-over connection pool bound as Sésame's service account, binds as the
 * person with the password-policy control, and the Password Modify extended operation (RFC 3062).
 */
package fr.ent.sesame.directory.ldap;
