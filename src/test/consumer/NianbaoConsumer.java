import io.github.nianbao.Nianbao;
import io.github.nianbao.model.AnnualReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A library user's program, compiled and run by ConsumerIT against the library jar and its runtime dependencies
 * only. It writes what it parsed to the file named by its first argument, so that anything on standard output
 * comes from the libraries.
 */
public class NianbaoConsumer {

    public static void main(String[] args) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            AnnualReport r = Nianbao.parse(Path.of(args[i]));
            lines.add(r.format() + " " + r.template() + " " + r.year() + " " + r.agency() + " "
                    + r.value("s3_new_total") + " " + r.diagnostics().size());
        }
        Files.write(Path.of(args[0]), lines, StandardCharsets.UTF_8);
    }
}
