package fr.ent.sesame.memberimport;

/** What the reader hands on: one line of the file, the columns to read it with, and an earlier line with the same identifier. */
record MemberLine(CsvLines.Line line, MemberColumns columns, Long duplicateOf) {}
