package hall.testsupport.planted.clean.alpha.persistence;

import hall.testsupport.planted.clean.alpha.domain.Order;
import java.sql.Connection;

public class OrderTable {
    private Connection connection;

    public Order insert(Order order) {
        return connection == null ? order : order;
    }
}
