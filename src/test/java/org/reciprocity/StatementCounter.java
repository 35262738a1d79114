package org.reciprocity;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the current thread prepares, whoever prepares them: Hibernate, {@code JdbcClient} or
 * anything else on the context's {@link DataSource}. Hibernate's own statistics miss what goes through JDBC, and
 * the notification module speaks JDBC. Registered for every test context in {@code META-INF/spring.factories}, so
 * no test needs a context of its own; counting costs nothing outside {@link #count}.
 */
public final class StatementCounter implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final ThreadLocal<long[]> COUNTING = new ThreadLocal<>();
    private static final Set<String> PREPARING = Set.of("prepareStatement", "prepareCall", "createStatement");

    /** How many statements {@code work} prepared on this thread. */
    public static long count(Runnable work) {
        return counted(() -> {
            work.run();
            return null;
        }).statements();
    }

    /** What {@code work} returned, and how many statements it prepared on this thread. */
    public static <T> Counted<T> counted(Supplier<T> work) {
        var outer = COUNTING.get();
        var counter = new long[1];
        COUNTING.set(counter);
        try {
            return new Counted<>(work.get(), counter[0]);
        } finally {
            COUNTING.set(outer);
            if (outer != null) {
                outer[0] += counter[0];
            }
        }
    }

    public record Counted<T>(T result, long statements) {
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource dataSource && !(bean instanceof Counting)
                        ? new Counting(dataSource) : bean;
            }
        });
    }

    /** The context's data source, handing out connections that count what they prepare. */
    private static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counting(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counting(super.getConnection(username, password));
        }

        private static Connection counting(Connection connection) {
            InvocationHandler handler = (proxy, method, args) -> invoke(connection, proxy, method, args);
            return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, handler);
        }

        private static Object invoke(Connection connection, Object proxy, Method method, Object[] args)
                throws Throwable {
            switch (method.getName()) {
                case "equals" -> {
                    return proxy == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                default -> {
                    var counter = COUNTING.get();
                    if (counter != null && PREPARING.contains(method.getName())) {
                        counter[0]++;
                    }
                }
            }
            try {
                return method.invoke(connection, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
