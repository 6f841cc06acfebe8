package app.zetpay.support.chat;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The chat module stays in pieces one can read at a sitting: no source file above 250 lines, no
 * bean with more than seven collaborators, no cycle between its packages (the module boundaries
 * themselves are {@code ModularityTests}'). It was a 600-line service with thirteen before.
 */
class ChatShapeTests {

	private static final Path SOURCES = Path.of("src/main/java/app/zetpay/support/chat");
	private static final JavaClasses CHAT = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("app.zetpay.support.chat");

	@Test
	void noSourceFileIsLongerThan250Lines() throws IOException {
		try (var files = Files.walk(SOURCES)) {
			var tooLong = files.filter(file -> file.toString().endsWith(".java"))
				.filter(file -> lines(file) > 250)
				.map(file -> SOURCES.relativize(file) + " (" + lines(file) + " lines)")
				.toList();

			assertThat(tooLong).isEmpty();
		}
	}

	@Test
	void noBeanHasMoreThanSevenCollaborators() {
		var crowded = CHAT.stream()
			.filter(type -> type.isMetaAnnotatedWith(Component.class))
			.flatMap(type -> type.getConstructors().stream())
			.filter(constructor -> constructor.getRawParameterTypes().size() > 7)
			.map(constructor -> constructor.getOwner().getSimpleName() + " ("
					+ constructor.getRawParameterTypes().size() + ")")
			.toList();

		assertThat(crowded).isEmpty();
	}

	@Test
	void chatsPackagesDependOnEachOtherOneWayOnly() {
		slices().assignedFrom(new SliceAssignment() {

			@Override
			public SliceIdentifier getIdentifierOf(JavaClass type) {
				return type.getPackageName().startsWith("app.zetpay.support.chat")
						? SliceIdentifier.of(type.getPackageName()) : SliceIdentifier.ignore();
			}

			@Override
			public String getDescription() {
				return "the chat module's packages";
			}
		}).should().beFreeOfCycles().check(CHAT);
	}

	private static long lines(Path file) {
		try (var lines = Files.lines(file)) {
			return lines.count();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
