/**
 * Secret questions: the list a site offers and the rules an answer must meet, shared by Mon compte and
 * account activation, and checked in the same form by procedure 1.
 */
package fr.ent.sesame.question;
