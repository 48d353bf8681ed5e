package fr.ent.sesame.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Starts sending as soon as the transaction that wrote a mail has committed, without holding the response. */
@ApplicationScoped
public class SendAfterCommit {

    @Inject
    MailDelivery delivery;

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        delivery.deliverSoon();
    }
}
