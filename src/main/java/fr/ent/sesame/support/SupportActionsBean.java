package fr.ent.sesame.support;

import fr.ent.sesame.kernel.Instants;
import fr.ent.sesame.settings.Settings;
import fr.ent.sesame.web.Requests;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Support › Actions du support: who did what, when and why, by agent and/or by account (from the address). */
@Named
@RequestScoped
public class SupportActionsBean {

    @Inject
    SupportDesk desk;

    @Inject
    Settings settings;

    private String agent;
    private Long accountId;
    private String person;
    private List<ActionDone> events;

    public void open() {
        try {
            events = desk.actions(agent, accountId, person);
        } catch (NotASupportAgent refused) {
            Requests.answerWithStatus(403);
        }
    }

    public List<ActionDone> getEvents() {
        return events;
    }

    public String when(ActionDone event) {
        return Instants.medium(event.when(), Requests.locale(), settings.timeZone());
    }

    public String getAgent() {
        return agent;
    }

    public void setAgent(String agent) {
        this.agent = agent;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }
}
