package hall.testsupport.planted.backdoor.alpha.application;

import hall.testsupport.planted.backdoor.beta.persistence.StockTable;

public class Orders {
    private final StockTable stock = new StockTable();

    public int place(String item) {
        return stock.decrement(item);
    }
}
