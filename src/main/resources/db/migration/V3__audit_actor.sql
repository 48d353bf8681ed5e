-- Who acted, for every security event: person:<identifier> (signed in), visitor (an anonymous procedure:
-- whoever is at the browser), or the job or support agent that acted. Events recorded before this column
-- existed keep null: their actor was not recorded.
alter table audit_event add column actor varchar(80);
