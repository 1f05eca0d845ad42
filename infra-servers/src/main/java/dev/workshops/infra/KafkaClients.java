package dev.workshops.infra;

import java.util.concurrent.Callable;

/**
 * Runs Kafka client code with this module's class loader as the context class loader: Kafka loads its config
 * classes through it, and inside a Quarkus test that is Quarkus's loader, which does not see the kafka-clients
 * these classes were loaded with.
 */
public final class KafkaClients {

    private KafkaClients() {
    }

    public static <T> T withOwnClassLoader(Callable<T> work) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(KafkaClients.class.getClassLoader());
        try {
            return work.call();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
