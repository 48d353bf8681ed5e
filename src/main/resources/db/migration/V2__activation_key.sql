-- Activation (Assistance › Activer son compte): an institution may require the key printed on the
-- enrolment papers. Only its SHA-256 is kept; the import job writes it, activation compares it.
alter table account add column activation_key_hash varchar(64);
-- When the import job last wrote the directory data of this account (null for accounts created otherwise).
alter table account add column imported_at timestamp with time zone;
