/** The ENT frame shared by every view: layout, language, messages from the bundles, error pages. */
package fr.ent.sesame.web;
