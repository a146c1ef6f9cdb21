package hall.testsupport.planted.clean.alpha.application;

import hall.testsupport.planted.clean.alpha.domain.Order;
import hall.testsupport.planted.clean.alpha.persistence.OrderTable;
import hall.testsupport.planted.clean.beta.application.Stock;
import hall.testsupport.planted.clean.shared.HallClock;

public class Orders {
    private final OrderTable table = new OrderTable();
    private final Stock stock = new Stock();
    private final HallClock clock = new HallClock();

    public Order place(String id) {
        stock.reserve(id, clock.now());
        return table.insert(new Order(id));
    }
}
