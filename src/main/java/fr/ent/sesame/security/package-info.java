/**
 * Sign-in (Jakarta Security form mechanism over the accounts table), the security headers of every
 * response, and the client address seen by the rules.
 */
package fr.ent.sesame.security;
