package org.gluster.restapi.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.gluster.restapi.cli.CliFailedException;
import org.gluster.restapi.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    private final List<String> refused = new ArrayList<>();
    private final Problems problems = new Problems(mappers());

    private List<ProblemMapper<?>> mappers() {
        List<ProblemMapper<?>> mappers = new ArrayList<>();
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.gluster.restapi").stream()
                .filter(c -> c.isAssignableTo(ProblemMapper.class)).map(JavaClass::reflect)
                .filter(c -> !Modifier.isAbstract(c.getModifiers())).forEach(c -> mappers.add(instance(c)));
        return mappers;
    }

    private ProblemMapper<?> instance(Class<?> type) {
        try {
            ProblemMapper<?> mapper = (ProblemMapper<?>) type.getDeclaredConstructor().newInstance();
            if (mapper instanceof TooManyRequestsMapper tooMany) {
                tooMany.refusals = new Refusals() {
                    @Override
                    public void refused(String limit) {
                        refused.add(limit);
                    }
                };
            }
            return mapper;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyFamilyHasItsMapperAmongTheBeansJobsUse() {
        for (Class<?> family : List.of(NotFoundException.class, ForbiddenException.class, ConflictException.class,
                TooManyRequestsException.class, CliFailedException.class, InvalidInputException.class,
                UncheckedIOException.class, RuntimeException.class)) {
            assertTrue(problems.handled().contains(family), family.getName());
        }
    }

    @Test
    void theNearestTypeWins() {
        assertEquals(404, problems.of(new NotFoundException("no volume gv9")).status());
        assertEquals(403, problems.of(new ForbiddenException("needs Administrator")).status());
        assertEquals(409, problems.of(new ConflictException("failed on n2")).status());
        assertEquals(400, problems.of(new InvalidInputException("name", "is required")).status());
    }

    @Test
    void aCliFailureKeepsTheClisOwnValues() {
        Problem problem = problems.of(new CliFailedException(-1, 30800, "Volume gv9 does not exist"));
        assertEquals(-1, problem.opRet());
        assertEquals(30800, problem.opErrno());
        assertEquals("Volume gv9 does not exist", problem.opErrstr());
    }

    @Test
    void everyTooManyIs429NamingItsLimitAndIsCounted() {
        Problem problem = problems.of(new TooManyRequestsException("jobs", "200 jobs are running", 10));
        assertEquals(429, problem.status());
        assertEquals("limit jobs: 200 jobs are running", problem.detail());
        assertEquals(List.of("jobs"), refused);
    }

    @Test
    void stateStorageFailureIs503() {
        assertEquals(503, problems.of(new UncheckedIOException(new IOException("stale file handle"))).status());
    }

    @Test
    void anythingElseIs500WithAnIncidentIdAndNoClassName() {
        Problem problem = problems.of(new IllegalStateException("secret internals"));
        assertEquals(500, problem.status());
        assertTrue(problem.detail().contains("incident"), problem.detail());
        assertTrue(!problem.detail().contains("IllegalState") && !problem.detail().contains("secret"),
                problem.detail());
    }

    @Test
    void retryAfterIsAtLeastOneSecond() {
        assertEquals(1, new TooManyRequestsException("cli-concurrency", "busy", 0).retryAfterSeconds());
    }
}
