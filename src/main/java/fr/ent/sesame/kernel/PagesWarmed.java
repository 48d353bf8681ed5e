package fr.ent.sesame.kernel;

/** A node has rendered its anonymous pages to itself as it started: how many renders answered, how many failed. */
public record PagesWarmed(int rendered, int failed) {}
