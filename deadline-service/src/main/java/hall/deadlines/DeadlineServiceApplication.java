package hall.deadlines;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class DeadlineServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(DeadlineServiceApplication.class, args);
    }
}
