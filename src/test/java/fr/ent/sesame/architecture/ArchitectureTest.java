package fr.ent.sesame.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layout newcomers rely on (docs/developing.md, "Layout of the code"), kept by the build: feature packages that do
 * not go round in circles, services free of the web tier, and a kernel that depends on no feature.
 */
class ArchitectureTest {

    private static final JavaClasses SESAME = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.ent.sesame");

    /** The classes of the web tier wherever they live: Faces backing beans and views, filters, servlets, sign-in mechanisms. */
    private static final DescribedPredicate<JavaClass> WEB_TIER =
            new DescribedPredicate<>("a bean, view, filter, servlet or sign-in mechanism") {
                @Override
                public boolean test(JavaClass type) {
                    String name = type.getSimpleName();
                    return type.getPackageName().equals("fr.ent.sesame.web")
                            || name.endsWith("Bean")
                            || name.endsWith("View")
                            || name.endsWith("Filter")
                            || name.endsWith("Servlet")
                            || name.endsWith("Mechanism")
                            || name.endsWith("IdentityStore")
                            || type.getEnclosingClass().map(this::test).orElse(false);
                }
            };

    @Test
    void featurePackages_haveNoCycles() {
        slices().matching("fr.ent.sesame.(*)..").should().beFreeOfCycles().check(SESAME);
    }

    @Test
    void services_useNoFacesNorServletType_norTheWebPackage() {
        noClasses()
                .that(DescribedPredicate.not(WEB_TIER))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.faces..", "jakarta.servlet..", "fr.ent.sesame.web..")
                .check(SESAME);
    }

    @Test
    void theKernel_dependsOnNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("fr.ent.sesame.kernel..")
                .should()
                .dependOnClassesThat(JavaClass.Predicates.resideInAPackage("fr.ent.sesame..")
                        .and(JavaClass.Predicates.resideOutsideOfPackage("fr.ent.sesame.kernel..")))
                .check(SESAME);
    }
}
