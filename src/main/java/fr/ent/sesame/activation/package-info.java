/**
 * Assistance › Activer son compte: a new member proves who they are with what the university knows,
 * accepts the usage charter and sets the first password, secret question and personal address. Also the
 * Jakarta Batch job that imports new members from the university's systems (see {@code importjob}).
 */
package fr.ent.sesame.activation;
