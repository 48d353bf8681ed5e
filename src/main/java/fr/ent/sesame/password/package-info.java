/**
 * Hashing of passwords and secret answers (Argon2id, self-describing PHC strings, rehash when the
 * parameters are raised) and, with the account features, the password rules.
 */
package fr.ent.sesame.password;
