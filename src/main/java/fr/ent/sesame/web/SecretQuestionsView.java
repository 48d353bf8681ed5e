package fr.ent.sesame.web;

import fr.ent.sesame.settings.Settings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The site's list of secret questions, in the person's language, for every form that offers them. */
@Named("secretQuestions")
@RequestScoped
public class SecretQuestionsView {

    @Inject
    Settings settings;

    public List<SelectItem> getAll() {
        return settings.questionIds().stream()
                .map(id -> new SelectItem(id, Messages.text("question." + id)))
                .toList();
    }
}
