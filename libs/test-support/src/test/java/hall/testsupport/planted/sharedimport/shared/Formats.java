package hall.testsupport.planted.sharedimport.shared;

import hall.testsupport.planted.sharedimport.alpha.domain.Order;

public class Formats {
    public String format(Order order) {
        return order.id();
    }
}
