package nl.vraagwijzer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.vraagwijzer.support.Contractcontrole;
import org.junit.jupiter.api.Test;

/**
 * The roles in the contract ({@code x-rollen}) are the roles the service enforces: every
 * operation declares them, and the implementing resource method allows exactly those.
 */
class RolesMatchContractTest {

    private static final String ANONIEM = "anoniem";

    @Test
    void elkeOperatieHeeftRollenEnDeCodeDwingtPreciesDieAf() {
        Map<String, Set<String>> contract = rollenUitContract();
        Map<String, Set<String>> code = rollenUitResources();

        assertEquals(contract.keySet(), code.keySet(), "every operation in the contract is implemented, no more");
        contract.forEach((operation, rollen) -> {
            assertFalse(rollen.isEmpty(), operation + " declares no x-rollen");
            assertEquals(rollen, code.get(operation), operation + ": x-rollen differs from @RolesAllowed");
        });
    }

    private static Map<String, Set<String>> rollenUitContract() {
        JsonNode paths = Contractcontrole.bron().path("paths");
        Map<String, Set<String>> rollen = new HashMap<>();
        paths.forEach(path -> path.fields().forEachRemaining(operation -> {
            JsonNode body = operation.getValue();
            if (body.has("operationId")) {
                Set<String> declared = new TreeSet<>();
                body.path("x-rollen").forEach(rol -> declared.add(rol.asText()));
                rollen.put(body.get("operationId").asText(), declared);
            }
        }));
        return rollen;
    }

    private static Map<String, Set<String>> rollenUitResources() {
        Map<String, Set<String>> rollen = new HashMap<>();
        for (JavaClass resource : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.vraagwijzer")) {
            for (JavaClass api : resource.getInterfaces().stream()
                    .map(type -> type.toErasure())
                    .filter(type -> type.getPackageName().equals("nl.vraagwijzer.api"))
                    .toList()) {
                Class<?> implementation = resource.reflect();
                for (Method operation : api.reflect().getDeclaredMethods()) {
                    try {
                        Method method = implementation.getMethod(operation.getName(), operation.getParameterTypes());
                        rollen.put(operation.getName(), rollen(method, implementation));
                    } catch (NoSuchMethodException e) {
                        throw new AssertionError(operation + " is not implemented", e);
                    }
                }
            }
        }
        assertTrue(rollen.size() > 0, "no resources found");
        return rollen;
    }

    private static Set<String> rollen(Method method, Class<?> resource) {
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = resource.getAnnotation(RolesAllowed.class);
        }
        if (allowed != null) {
            return new TreeSet<>(Arrays.asList(allowed.value()));
        }
        if (method.isAnnotationPresent(PermitAll.class) || resource.isAnnotationPresent(PermitAll.class)) {
            return Set.of(ANONIEM);
        }
        return Set.of();
    }
}
