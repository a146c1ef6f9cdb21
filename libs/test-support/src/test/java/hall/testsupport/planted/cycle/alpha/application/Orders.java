package hall.testsupport.planted.cycle.alpha.application;

import hall.testsupport.planted.cycle.beta.application.Stock;

public class Orders {
    public void place(Stock stock) {
        stock.reserve(this);
    }
}
