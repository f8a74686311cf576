package org.acde.testing;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.nio.file.Path;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The one package-cycle rule every module's tests apply: no two packages of a module's main classes depend on each
 * other, directly or around a loop. A cycle means two packages can only be read, changed and moved together.
 */
public final class PackageCycles {

    private PackageCycles() {
    }

    /**
     * Fails with every cycle among the packages under {@code rootPackage} (itself included) of the main classes of the
     * module the test runs in ({@code target/classes}: not its tests, not the modules it depends on).
     */
    public static void assertNoneIn(String rootPackage) {
        JavaClasses classes = new ClassFileImporter().importPath(Path.of("target", "classes"));
        slices().assignedFrom(eachPackageUnder(rootPackage))
                .should().beFreeOfCycles()
                .check(classes);
    }

    /** Every package is a slice of its own, so a cycle between a package and its subpackage counts too. */
    private static SliceAssignment eachPackageUnder(String rootPackage) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                return name.equals(rootPackage) || name.startsWith(rootPackage + ".")
                        ? SliceIdentifier.of(name)
                        : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "packages under " + rootPackage;
            }
        };
    }
}
