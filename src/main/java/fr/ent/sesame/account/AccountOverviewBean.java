package fr.ent.sesame.account;

import fr.ent.sesame.kernel.Instants;
import fr.ent.sesame.settings.Settings;
import fr.ent.sesame.web.LanguageBean;
import fr.ent.sesame.web.Requests;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;

@Named
@RequestScoped
public class AccountOverviewBean {

    @Inject
    AccountOverview overview;

    @Inject
    LanguageBean language;

    @Inject
    Settings settings;

    private AccountSummary account;

    @PostConstruct
    void load() {
        account = overview.of(Requests.signedIn());
    }

    public AccountSummary getAccount() {
        return account;
    }

    public String format(Instant instant) {
        return Instants.inWords(instant, language.getLocale(), settings.timeZone());
    }
}
