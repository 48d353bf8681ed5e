-- The support desk (/support/): every action an agent takes on someone's account asks for a reason, kept
-- with the event so the person, the agent's manager and IT can read why. Null for every other event.
alter table audit_event add column reason varchar(500);
create index audit_event_actor_idx on audit_event (actor, occurred_at);
