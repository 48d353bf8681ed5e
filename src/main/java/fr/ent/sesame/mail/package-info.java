/**
 * Mails go through an outbox: written in the transaction of the change that causes them, sent after
 * the commit by {@link fr.ent.sesame.mail.MailDelivery} (and retried with a growing delay while the SMTP
 * relay is down), each claimed by one node so it is sent once. Templates are FreeMarker, a text and an
 * HTML part per language, replaceable from a directory on the server.
 */
package fr.ent.sesame.mail;
