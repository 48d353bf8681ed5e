package fr.ent.sesame.support;

import fr.ent.sesame.audit.AuditEventType;
import java.time.Instant;

/** One action of the support desk, as its journal lists it: when, which agent, what, on whose account, why. */
public record ActionDone(
        Instant when, String agent, AuditEventType type, Long accountId, String identifier, String reason) {}
