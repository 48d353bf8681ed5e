/**
 * One-time tokens sent in links (password reset, address validation): 256 random bits, only their
 * SHA-256 stored, short-lived, bound to an account and the address they were sent to, consumed by one
 * conditional update so that two nodes receiving the same link at once accept it once.
 */
package fr.ent.sesame.token;
