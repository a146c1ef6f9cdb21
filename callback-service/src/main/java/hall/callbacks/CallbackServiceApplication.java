package hall.callbacks;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CallbackServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CallbackServiceApplication.class, args);
    }
}
