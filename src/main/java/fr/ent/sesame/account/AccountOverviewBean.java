package fr.ent.sesame.account;

import fr.ent.sesame.kernel.Instants;
import fr.ent.sesame.settings.Settings;
import fr.ent.sesame.web.LanguageBean;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.time.Instant;

@Named
@RequestScoped
public class AccountOverviewBean {

    @Inject
    AccountOverview overview;

    @Inject
    SecurityContext securityContext;

    @Inject
    LanguageBean language;

    @Inject
    Settings settings;

    private AccountSummary account;

    @PostConstruct
    void load() {
        account = overview.of(securityContext.getCallerPrincipal().getName());
    }

    public AccountSummary getAccount() {
        return account;
    }

    public String format(Instant instant) {
        return Instants.inWords(instant, language.getLocale(), settings.timeZone());
    }
}
