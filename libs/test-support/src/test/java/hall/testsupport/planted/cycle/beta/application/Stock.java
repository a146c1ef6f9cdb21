package hall.testsupport.planted.cycle.beta.application;

import hall.testsupport.planted.cycle.alpha.application.Orders;

public class Stock {
    public void reserve(Orders forOrders) {
        forOrders.hashCode();
    }
}
