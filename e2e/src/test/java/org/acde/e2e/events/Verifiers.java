package org.acde.e2e.events;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The verification snippets that README and the developer page give partners (docs/webhooks/), run as a partner
 * would run them: {@code java VerifyWebhook.java ...} and {@code node verify-webhook.mjs ...}.
 */
public final class Verifiers {

    private static final Path SNIPPETS = Path.of(System.getProperty("acde.root", "..")).toAbsolutePath().normalize()
            .resolve("docs/webhooks");

    private Verifiers() {
    }

    public static boolean java(String secret, WebhookReceiver.Delivery delivery, String body) throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        return run(List.of(java, SNIPPETS.resolve("VerifyWebhook.java").toString()), secret, delivery, body);
    }

    public static boolean node(String secret, WebhookReceiver.Delivery delivery, String body) throws Exception {
        return run(List.of("node", SNIPPETS.resolve("verify-webhook.mjs").toString()), secret, delivery, body);
    }

    private static boolean run(List<String> program, String secret, WebhookReceiver.Delivery delivery, String body)
            throws IOException, InterruptedException {
        Path file = Files.createTempFile("delivery", ".json");
        try {
            Files.writeString(file, body);
            List<String> command = new ArrayList<>(program);
            command.addAll(List.of(secret, delivery.id(), delivery.timestamp(), delivery.signature(), file.toString()));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes()).trim();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(program + " did not finish");
            }
            if (!output.equals("valid") && !output.equals("INVALID")) {
                throw new IllegalStateException(program + " failed: " + output);
            }
            return process.exitValue() == 0;
        } finally {
            Files.delete(file);
        }
    }
}
