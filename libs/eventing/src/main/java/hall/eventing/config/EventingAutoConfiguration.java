package hall.eventing.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import hall.eventing.correlation.RequestIdFilter;
import hall.eventing.deadletter.DeadLetterController;
import hall.eventing.deadletter.DeadLetterReplay;
import hall.eventing.deadletter.DeadLetterStore;
import hall.eventing.inbox.EventInbox;
import hall.eventing.inbox.MalformedEventException;
import hall.eventing.metrics.MetricsRefresh;
import hall.eventing.metrics.QueriedGauge;
import hall.eventing.outbox.EventOutbox;
import hall.eventing.outbox.JdbcEventOutbox;
import hall.eventing.outbox.OutboxRelay;
import hall.eventing.outbox.OutboxWakeUp;
import hall.eventing.retention.EventRetention;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerProducerListener;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.FixedBackOff;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wires the outbox, its relay, the idempotent inbox, retries with dead-letter topics, dead-letter parking and
 * replay, topic declarations, the Kafka health check and the request-id filter into every service.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration",
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" },
        beforeName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@EnableConfigurationProperties(EventingProperties.class)
public class EventingAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EventingAutoConfiguration.class);

    private final EventingProperties properties;
    private final String applicationName;

    public EventingAutoConfiguration(EventingProperties properties,
            @Value("${spring.application.name:service}") String applicationName) {
        this.properties = properties;
        this.applicationName = applicationName;
    }

    private String source() {
        return properties.getSource() != null ? properties.getSource() : "/" + applicationName;
    }

    @Bean
    @ConditionalOnMissingBean
    JsonMapper eventingJsonMapper() {
        return JsonMapper.builder().findAndAddModules().build();
    }

    @Bean
    FlywayConfigurationCustomizer eventingMigrations() {
        return configuration -> {
            List<org.flywaydb.core.api.Location> locations = new ArrayList<>(List.of(configuration.getLocations()));
            locations.add(new org.flywaydb.core.api.Location("classpath:db/eventing"));
            configuration.locations(locations.toArray(org.flywaydb.core.api.Location[]::new));
        };
    }

    @Bean
    KafkaTemplate<String, byte[]> eventKafkaTemplate(KafkaProperties kafkaProperties, ObjectProvider<MeterRegistry> meters) {
        return new KafkaTemplate<>(producers(producerSettings(kafkaProperties), meters));
    }

    private static Map<String, Object> producerSettings(KafkaProperties kafkaProperties) {
        Map<String, Object> config = new HashMap<>(kafkaProperties.buildProducerProperties());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
        config.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        config.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10000);
        // the relay hands a whole batch to the producer and then waits for its acknowledgements: lingering would
        // only add its milliseconds to every event's latency (the batch is formed already)
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 0);
        return config;
    }

    private static DefaultKafkaProducerFactory<String, byte[]> producers(Map<String, Object> config,
            ObjectProvider<MeterRegistry> meters) {
        DefaultKafkaProducerFactory<String, byte[]> producers =
                new DefaultKafkaProducerFactory<>(config, new StringSerializer(), new ByteArraySerializer());
        // the producer's own metrics (kafka_producer_*: sends, errors, latency, buffer) next to the service's
        meters.ifAvailable(registry -> producers.addListener(new MicrometerProducerListener<>(registry)));
        return producers;
    }

    @Bean
    DefaultKafkaConsumerFactoryCustomizer eventingConsumerSettings() {
        return factory -> factory.updateConfigs(Map.of(
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false));
    }

    @Bean
    KafkaAdmin.NewTopics eventingTopics() {
        List<NewTopic> topics = new ArrayList<>();
        for (String topic : properties.getProduces()) {
            topics.add(topic(topic));
        }
        for (String topic : properties.getConsumes()) {
            if (!properties.getProduces().contains(topic)) {
                topics.add(topic(topic));
            }
            topics.add(topic(topic + ".DLT"));
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    private NewTopic topic(String name) {
        return TopicBuilder.name(name).partitions(properties.getPartitions()).replicas(properties.getReplicationFactor()).build();
    }

    @Bean
    @ConditionalOnMissingBean(EventOutbox.class)
    EventOutbox eventOutbox(DataSource dataSource, JsonMapper json) {
        return new JdbcEventOutbox(JdbcClient.create(dataSource), json, source());
    }

    /**
     * The relay has a producer of its own ({@link OutboxRelay#producerFactory}): it discards it after a failed send,
     * closing it without waiting, which must not cut off the dead-letter publishing that shares the event template.
     */
    @Bean
    OutboxRelay outboxRelay(DataSource dataSource, PlatformTransactionManager transactionManager,
            KafkaProperties kafkaProperties, ObjectProvider<MeterRegistry> meters) {
        java.time.Duration wait = properties.getOutbox().getSendTimeout();
        DefaultKafkaProducerFactory<String, byte[]> producers = OutboxRelay.producerFactory(producerSettings(kafkaProperties), wait);
        meters.ifAvailable(registry -> producers.addListener(new MicrometerProducerListener<>(registry)));
        return new OutboxRelay(JdbcClient.create(dataSource), new TransactionTemplate(transactionManager),
                new KafkaTemplate<>(producers), properties.getOutbox().getBatchSize(), wait,
                meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    /** Outbox backlog gauges and the service's database-backed business gauges ({@link QueriedGauge} beans). */
    @Bean
    MetricsRefresh metricsRefresh(DataSource dataSource, ObjectProvider<MeterRegistry> meters,
            ObjectProvider<QueriedGauge> gauges,
            @Value("${platform.metrics.refresh-interval:30s}") java.time.Duration interval) {
        return new MetricsRefresh(JdbcClient.create(dataSource), meters.getIfAvailable(SimpleMeterRegistry::new),
                gauges.orderedStream().toList(), interval);
    }

    @Bean
    EventInbox eventInbox(DataSource dataSource, PlatformTransactionManager transactionManager, JsonMapper json) {
        return new EventInbox(JdbcClient.create(dataSource), new TransactionTemplate(transactionManager), json);
    }

    /** Retries a failing record with exponential back-off, then publishes it to {@code <topic>.DLT}. */
    @Bean
    @ConditionalOnMissingBean(org.springframework.kafka.listener.CommonErrorHandler.class)
    DefaultErrorHandler eventingErrorHandler(@Qualifier("eventKafkaTemplate") KafkaTemplate<String, byte[]> eventKafkaTemplate) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(eventKafkaTemplate,
                (record, exception) -> new TopicPartition(record.topic() + ".DLT", -1));
        EventingProperties.Retry retry = properties.getRetry();
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(retry.getMaxRetries());
        backOff.setInitialInterval(retry.getInitialInterval().toMillis());
        backOff.setMultiplier(retry.getMultiplier());
        backOff.setMaxInterval(retry.getMaxInterval().toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(MalformedEventException.class);
        return handler;
    }

    @Bean
    DeadLetterStore deadLetterStore(DataSource dataSource, JsonMapper json) {
        return new DeadLetterStore(JdbcClient.create(dataSource), json);
    }

    @Bean
    DeadLetterReplay deadLetterReplay(DeadLetterStore store,
            @Qualifier("eventKafkaTemplate") KafkaTemplate<String, byte[]> eventKafkaTemplate,
            PlatformTransactionManager transactionManager) {
        return new DeadLetterReplay(store, eventKafkaTemplate, new TransactionTemplate(transactionManager));
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    DeadLetterController deadLetterController(DeadLetterStore store, DeadLetterReplay replay) {
        return new DeadLetterController(store, replay);
    }

    /**
     * Parks the records that this service's consumer group sent to the dead-letter topics of the topics it
     * consumes. Parking retries without end: a dead letter is never dropped.
     */
    @Bean
    SmartLifecycle deadLetterParking(ConcurrentKafkaListenerContainerFactory<Object, Object> factory,
            DeadLetterStore store, PlatformTransactionManager transactionManager) {
        String group = applicationName;
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        List<String> deadLetterTopics = properties.getConsumes().stream().map(t -> t + ".DLT").toList();
        return new ListenerLifecycle(() -> {
            if (deadLetterTopics.isEmpty()) {
                return null;
            }
            ConcurrentMessageListenerContainer<Object, Object> container = factory.createContainer(deadLetterTopics.toArray(String[]::new));
            container.getContainerProperties().setGroupId(group + ".dead-letters");
            container.getContainerProperties().setMessageListener((MessageListener<String, byte[]>) record -> {
                if (group.equals(header(record, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP))) {
                    transaction.executeWithoutResult(status -> store.park(record, group));
                    log.warn("Parked dead letter from {} (event {}) for consumer group {}",
                            record.topic(), header(record, "ce_id"), group);
                }
            });
            container.setCommonErrorHandler(new DefaultErrorHandler(new FixedBackOff(2000, FixedBackOff.UNLIMITED_ATTEMPTS)));
            container.setBeanName("deadLetterParking");
            return container;
        });
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Bean
    KafkaHealthIndicator kafkaHealthIndicator(KafkaProperties kafkaProperties) {
        Map<String, Object> config = new HashMap<>(kafkaProperties.buildAdminProperties());
        config.put("request.timeout.ms", 3000);
        config.put("default.api.timeout.ms", 3000);
        return new KafkaHealthIndicator(AdminClient.create(config));
    }

    @Bean
    EventRetention eventRetention(DataSource dataSource) {
        return new EventRetention(JdbcClient.create(dataSource), properties.getOutbox().getRetention(),
                properties.getInbox().getRetention());
    }

    /** The threads that run the outbox relay and the purge; tasks are scheduled once the context has started. */
    @Bean(destroyMethod = "shutdown")
    ThreadPoolTaskScheduler eventingScheduler() {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(2);
        scheduler.setThreadNamePrefix("eventing-");
        scheduler.setDaemon(true);
        scheduler.setWaitForTasksToCompleteOnShutdown(false);
        scheduler.initialize();
        return scheduler;
    }

    /**
     * Runs the outbox relay whenever a commit notifies it (at the latest after the poll interval) and the purge of old outbox, inbox and replayed dead-letter rows by
     * cron, starting after the context (and so the database migrations) is ready.
     */
    @Bean
    SmartLifecycle eventingTasks(ThreadPoolTaskScheduler eventingScheduler, OutboxRelay relay, EventRetention retention,
            DataSource dataSource) {
        return new SmartLifecycle() {
            private final List<java.util.concurrent.Future<?>> tasks = new ArrayList<>();

            @Override
            public synchronized void start() {
                OutboxWakeUp wakeUp = new OutboxWakeUp(dataSource);
                java.time.Duration poll = properties.getOutbox().getPollInterval();
                // one long-running task: relay what is there, then sleep until a commit notifies (or the poll interval)
                tasks.add(eventingScheduler.submit(() -> {
                    try {
                        while (!Thread.currentThread().isInterrupted()) {
                            relay.relay();
                            wakeUp.await(poll);
                        }
                    } finally {
                        wakeUp.close();
                    }
                }));
                tasks.add(eventingScheduler.schedule(retention::purgeQuietly, new CronTrigger(properties.getPurgeCron())));
            }

            @Override
            public synchronized void stop() {
                tasks.forEach(task -> task.cancel(true));
                tasks.clear();
            }

            @Override
            public synchronized boolean isRunning() {
                return !tasks.isEmpty();
            }
        };
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        // inside the tracing observation filter (HIGHEST_PRECEDENCE + 1), so the access line carries the trace id too
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    /** Starts and stops a listener container created on demand (none when the service consumes nothing). */
    static final class ListenerLifecycle implements SmartLifecycle {

        private final java.util.function.Supplier<ConcurrentMessageListenerContainer<Object, Object>> factory;
        private ConcurrentMessageListenerContainer<Object, Object> container;

        ListenerLifecycle(java.util.function.Supplier<ConcurrentMessageListenerContainer<Object, Object>> factory) {
            this.factory = factory;
        }

        @Override
        public void start() {
            container = factory.get();
            if (container != null) {
                container.start();
            }
        }

        @Override
        public void stop() {
            if (container != null) {
                container.stop();
            }
        }

        @Override
        public boolean isRunning() {
            return container != null && container.isRunning();
        }

        @Override
        public int getPhase() {
            return Integer.MAX_VALUE - 200;
        }
    }
}
