package fr.ent.sesame.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * A reset link to hand over in person, for the one response that shows it: request scoped, so it lives in
 * no session, no view state and no replicated cache, and a reload shows it no more.
 */
@Named
@RequestScoped
public class HandedOverLink {

    private String link;

    void show(String link) {
        this.link = link;
    }

    public String getLink() {
        return link;
    }
}
